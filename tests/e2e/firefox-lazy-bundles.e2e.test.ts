/** The content script's lazy bundles (scenarios/lazy-bundles.ts) in Firefox. */
import { launchFirefoxDriver } from "./harness/firefox/driver.js";
import { lazyBundleScenarios } from "./scenarios/lazy-bundles.js";

lazyBundleScenarios(() => launchFirefoxDriver());
