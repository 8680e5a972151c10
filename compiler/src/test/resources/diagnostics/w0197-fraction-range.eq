% i indexes nothing but is divided by d: it runs over d/2 values, from 0; d is a size.
\theta_i = 10000^{-2i/d}
% ~WARNING W0140
% ~WARNING W0195
% ~WARNING W0197
