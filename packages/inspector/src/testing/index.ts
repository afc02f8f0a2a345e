export { FIXTURE_REGISTRY } from './registry.ts';
export { CITY_COLUMNS, cityWith, fillColumns, item, type ItemSpec } from './items.ts';
export { ASSETS, site, sitePage, type PageSpec } from './pages.ts';
export { FIXTURE_DATE, fileOf, fixtureConfig, fixtureLibrary, runFixture, type Fixture, type RuleFixtures } from './run.ts';
