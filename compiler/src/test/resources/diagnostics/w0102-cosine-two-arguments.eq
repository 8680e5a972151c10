% Cosine similarity written as \cos(u, v) (Swin-v2's attention): the cosine of the angle between the vectors.
u, v \in \mathbb{R}^{d}
s = \cos(u, v)
% ~WARNING W0102
