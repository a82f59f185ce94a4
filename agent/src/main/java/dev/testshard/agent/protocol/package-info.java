/**
 * The protocol between the runner and the agent in a container (docs/protocol.md): event types,
 * field names, modes and constants. The only part of the agent module that the runner compiles
 * against; both sides read the names from here, so they cannot drift apart.
 */
package dev.testshard.agent.protocol;
