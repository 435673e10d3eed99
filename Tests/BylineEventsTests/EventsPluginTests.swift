import BylineEvents
import Testing

@Suite struct EventsPluginTests {
  @Test func theEventsPluginIsNamed() {
    #expect(EventsPlugin().name == "events")
  }
}
