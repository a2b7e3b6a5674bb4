/** The content script's lazy bundles (scenarios/lazy-bundles.ts) in Chromium. */
import { launchChromiumDriver } from "./harness/chromium-driver.js";
import { lazyBundleScenarios } from "./scenarios/lazy-bundles.js";

lazyBundleScenarios(() => launchChromiumDriver());
