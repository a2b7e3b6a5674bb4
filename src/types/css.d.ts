/** CSS files are bundled as text (esbuild loader "text") and adopted into shadow roots. */
declare module "*.css" {
  const css: string;
  export default css;
}
