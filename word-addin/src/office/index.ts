/** Office.js's side of the add-in: the DocumentGateway in Word. Nothing else in the project touches Office. */
export { OfficeGateway, createOfficeGateway } from './office-gateway';
export { detectCapabilities } from './capabilities';
export { SETTINGS_KEY } from './settings';
