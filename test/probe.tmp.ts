import { startTestGateway } from './support/gateway.js';
const gw = await startTestGateway();
console.log(JSON.stringify(await gw.gql('query($v: String!) { plugin(applicationId: $v, pluginId: "b1516d17-c76e-44be-b7da-c1b24c4d22cf") { pluginId } }', { v: 'abc' })));
console.log(JSON.stringify(await gw.gql('query($v: String!) { connectorV2(connectorId: $v) { connectorId } }', { v: 'c664aaf7-bf60-40e6-a846-6d24c2266154' })));
await gw.close();
