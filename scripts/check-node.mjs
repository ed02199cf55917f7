// First step of `npm test`: the project needs Node >= 22.12 (better-sqlite3's build, the
// bundles' syntax). Says how to fix it otherwise. Written for any old Node: no new syntax.
// `node scripts/check-node.mjs [version]` checks `version` instead of this Node (tests).
var MIN = [22, 12];
var version = process.argv[2] || process.versions.node;
var parts = version.replace(/^v/, '').split('.').map(Number);
var ok = parts[0] > MIN[0] || (parts[0] === MIN[0] && parts[1] >= MIN[1]);
if (ok) {
  console.log('Node ' + version + ': ok (>= ' + MIN.join('.') + ')');
} else {
  console.error(
    [
      'condivisa: the tests need Node >= ' + MIN.join('.') + ', this is Node ' + version + ' (' + process.execPath + ').',
      'How to fix:',
      '  - run `npm ci` first: the project brings Node 22 as a devDependency and npm scripts run on it;',
      '  - or install Node 22 (https://nodejs.org, or `nvm install 22 && nvm use 22`) and run `npm test` again.',
    ].join('\n'),
  );
  process.exitCode = 1;
}
