/** Tool "print": the toolbar's Print button (print media shows the article alone: overlay.css). */
import { registerTool, type ToolModule } from "./tool.js";

const print: ToolModule = {
  activate: (context) => ({ use: () => context.doc.defaultView?.print() }),
};

registerTool({ id: "print", order: 40, control: { kind: "button", textKey: "print", titleKey: "printArticle" }, load: () => print });
