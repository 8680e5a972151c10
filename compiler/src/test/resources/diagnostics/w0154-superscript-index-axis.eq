a \in \mathbb{R}^{N \times H \times W}
s_{x,y} = \sum_{j=0}^{N-1} (a^j_{x,y})^2
% ~WARNING W0154
