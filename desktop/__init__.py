"""Department Calendar: a desktop client for department calendars kept in DynamoDB."""

__version__ = "0.1.0"
