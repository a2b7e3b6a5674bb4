/** Opening the reader injects extraction with content.js (scenarios/open-injection.ts) in Chromium. */
import { launchChromiumDriver } from "./harness/chromium-driver.js";
import { openInjectionScenarios } from "./scenarios/open-injection.js";

openInjectionScenarios(() => launchChromiumDriver());
