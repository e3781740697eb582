// The seed's integration tests: the sample catalogue loaded into the backend app on a real Postgres.
module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  testMatch: ["<rootDir>/integration-tests/**/*.spec.ts"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}
