from django import template

register = template.Library()


@register.filter
def model_label(instance):
    """The page's or snippet's type as the readability targets name it, such as "blog.blogpage"."""
    return instance._meta.label_lower
