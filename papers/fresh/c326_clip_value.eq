% Gradient clipping by value (Mikolov 2012 thesis, Sec. 3.2.2): each component clipped to [-c, c]
g \in \mathbb{R}^{d}, c \in \mathbb{R}

\hat{g}_i = \min(\max(g_i, -c), c)
