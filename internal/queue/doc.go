// Package queue spreads ingest over machines with NATS JetStream.
//
// A publisher (`sosik ingest --queue nats://…`) reads articles as ingest does
// and puts one message per article on a work stream, with the article ID as
// JetStream's message ID (Nats-Msg-Id), so the same article published twice
// within the stream's duplicate window is queued once. Workers (`sosik
// worker`) pull from one shared durable consumer with explicit acks and a
// bound on the messages each holds at once, extract, store in batches, and
// acknowledge a message only after its document is committed. A worker that
// crashes or is killed leaves its messages unacknowledged; JetStream delivers
// them again after the ack wait, and the store's Put, idempotent by article
// ID, keeps them stored once. A message that keeps failing goes, after N
// deliveries, to a dead-letter stream with the reason, where `sosik queue
// status` counts it.
//
// A queue is named by a URL: nats://HOST:PORT/NAME, NAME (default "sosik")
// prefixing its streams and subjects so several queues share one server.
package queue
