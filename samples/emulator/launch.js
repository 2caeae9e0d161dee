// Starts cognito-local for the samples (see CognitoLocal.java) and ties its life to the JVM that
// started it: the JVM holds this process's standard input open, so when that JVM ends, however
// it ends, standard input closes and the emulator exits instead of outliving the build.
"use strict";

process.stdin.on("end", () => process.exit(0));
process.stdin.on("close", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

require("cognito-local/lib/bin/start.js");
