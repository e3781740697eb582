const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatch = {
  unit: ["**/src/**/*.test.[jt]s"],
  integration: ["**/integration-tests/**/*.spec.[jt]s"],
}[process.env.TEST_TYPE ?? "unit"]

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch,
  setupFiles: ["./integration-tests/setup.js"],
}
