% The position p indexes nothing and no declaration gives PE's shape: its number of values is the size n_p.
x \in \mathbb{R}^{d}
PE_{p,2i} = \sin(p x_i)
% ~WARNING W0196
PE_{p,2i+1} = \cos(p x_i)
