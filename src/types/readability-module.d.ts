/**
 * Readability's class alone: the package's index also pulls in isProbablyReaderable, which
 * the bundler cannot drop from a CommonJS module (1.3 KB of content.js that nothing calls).
 */
declare module "@mozilla/readability/Readability.js" {
  import { Readability } from "@mozilla/readability";
  export default Readability;
}
