// Readiness for GET /healthz: ready once the engine is built and warm (its background tagging and
// facts done, so questions are not deferred for them) and, when the gateway is used, every
// shard is connected. A load balancer sends traffic only to ready replicas; a supervisor restarts one
// that stays unready.
import { type Client, Events } from "discord.js";

export interface HealthReport {
  ready: boolean;
  engine: boolean;
  /** Absent when this process does not use the gateway. */
  gateway?: "connected" | "connecting";
}

export class Health {
  private engineWarm: () => boolean = () => false;
  private gateway: Client | undefined;
  private readonly shardsDown = new Set<number>();
  private gatewayReady = false;

  /** The engine is built; `warm` says when its background tagging and facts are done too. */
  engineReady(warm: () => boolean = () => true): void {
    this.engineWarm = warm;
  }

  /** Follows a gateway client's shards; call before it logs in. */
  watchGateway(client: Client): void {
    this.gateway = client;
    client.on(Events.ClientReady, () => {
      this.gatewayReady = true;
    });
    client.on(Events.ShardReady, (shard) => this.shardsDown.delete(shard));
    client.on(Events.ShardResume, (shard) => this.shardsDown.delete(shard));
    client.on(Events.ShardReconnecting, (shard) => this.shardsDown.add(shard));
    client.on(Events.ShardDisconnect, (_event, shard) => this.shardsDown.add(shard));
  }

  report(): HealthReport {
    const gatewayUp = this.gatewayReady && this.shardsDown.size === 0;
    const engine = this.engineWarm();
    return {
      ready: engine && (!this.gateway || gatewayUp),
      engine,
      ...(this.gateway ? { gateway: gatewayUp ? "connected" : "connecting" } : {}),
    };
  }
}
