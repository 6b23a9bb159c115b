"""From board items to a harvest: pure classification, no I/O."""
