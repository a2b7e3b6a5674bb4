/** Opening the reader injects extraction with content.js (scenarios/open-injection.ts) in Firefox. */
import { launchFirefoxDriver } from "./harness/firefox/driver.js";
import { openInjectionScenarios } from "./scenarios/open-injection.js";

openInjectionScenarios(() => launchFirefoxDriver());
