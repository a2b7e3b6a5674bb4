/**
 * The user's paths (scenarios/user-paths.ts) in real Chromium, through the playwright-core
 * harness; the same scenarios run in Firefox (firefox-user-paths.e2e.test.ts).
 */
import { launchChromiumDriver } from "./harness/chromium-driver.js";
import { userPathScenarios } from "./scenarios/user-paths.js";

userPathScenarios(() => launchChromiumDriver());
