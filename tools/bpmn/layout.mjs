// Adds BPMNDI (shapes and edges) to a BPMN file written by hand: node layout.mjs ../../bpmn/x.bpmn
// Review the result in Camunda Modeler; boundary events and lanes may need a manual touch.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, 'utf8');
  const laidOut = await layoutProcess(xml);
  writeFileSync(file, laidOut);
  console.log('laid out', file);
}
