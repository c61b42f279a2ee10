declare namespace App {
  interface Locals {
    /** Set on the topic route's frame page, whose HTML the middleware hands to the topic-page writer (src/middleware.ts). */
    topicFrame?: true
  }
}
