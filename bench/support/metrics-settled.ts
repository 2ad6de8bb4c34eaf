const STATUS = `{ metricsStatus { serving { approximate } computing { snapshotVersion } } }`;

/**
 * Waits until a service has finished computing the whole graph's metrics ahead (exact ones
 * served, nothing computing): until then a worker holds one of the machine's cores, which the
 * load tests would otherwise share with it. The warm-up is measured on its own (metrics-ready).
 */
export async function metricsSettled(serviceUrl: string, timeoutMs = 600_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${serviceUrl}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: STATUS }),
    });
    const { data } = (await response.json()) as {
      data?: {
        metricsStatus: { serving: { approximate: boolean } | null; computing: unknown };
      };
    };
    const status = data?.metricsStatus;
    if (status && status.computing === null && status.serving && !status.serving.approximate)
      return;
    if (performance.now() > deadline)
      throw new Error(`the service's metrics were not computed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
