a \in \mathbb{R}^{N \times N \times N}
s_{x,y} = \sum_{j=1}^{N} (a^j_{x,y})^2
% ~ERROR E0154
