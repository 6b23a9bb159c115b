"""werkbord: a ggz werkvorm on a whiteboard, harvested into a report."""

__version__ = "0.1.0"
