// A kwok pod whose pods/portforward kwok serves from a loopback server standing in for its
// process (kwok's PortForward object; scripts/k8s/cluster-up.sh enables the CRD). The API
// server's upgrade, the EndpointSlices and the channel framing stay real.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { R, type KubeClient, type ResourceType } from '../../src/providers/kubernetes/client.ts'

const PORT_FORWARDS: ResourceType = {
  group: 'kwok.x-k8s.io',
  version: 'v1alpha1',
  plural: 'portforwards',
  namespaced: true
}

/** The pod's port kwok forwards (the Service's targetPort: `http`). */
export const KWOK_POD_PORT = 9000

/** Creates pod `name` (label app=`app`) on a kwok node, its port forwarded to `target`. */
export async function kwokForwardedPod(
  client: KubeClient,
  ns: string,
  name: string,
  app: string,
  target: Server
): Promise<void> {
  await client.create(R.pods, ns, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app } },
    spec: {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'type', operator: 'In', values: ['kwok'] }] }
            ]
          }
        }
      },
      containers: [
        { name: 'app', image: 'fake', ports: [{ name: 'http', containerPort: KWOK_POD_PORT }] }
      ]
    }
  })
  await client.create(PORT_FORWARDS, ns, {
    apiVersion: 'kwok.x-k8s.io/v1alpha1',
    kind: 'PortForward',
    metadata: { name },
    spec: {
      forwards: [
        {
          ports: [KWOK_POD_PORT],
          target: { address: '127.0.0.1', port: (target.address() as AddressInfo).port }
        }
      ]
    }
  })
}
