"""Booking a place on an event: places, access needs, the waiting list, reminders and the team's list.

The event itself is ``blog.EventPage`` (its "Booking" panel holds the
settings, and its ``book/`` routes call ``views``). This app holds what
people send and what happens to it:

- ``models``: a booking, and the one row per event that is locked while a place is given.
- ``allocation``: who gets a place, under that lock, so an event is never overbooked.
- ``forms``, ``views``: the public booking and cancelling forms.
- ``emails``: confirmation (with a calendar file), a place from the waiting list, reminders.
- ``wagtail_hooks``, ``admin_views``: the Involvement team's list, check-in and "offer a place".
- ``management/commands/send_event_reminders``: the reminder two days before.

docs/editors-events.md explains the whole flow for editors.
"""
