% R-Drop, Liang et al. (2021), Eq. 2: the symmetric KL between the two dropout passes' output distributions over
% K classes for one example x_i
\mathcal{P}_1^w(y_i|x_i), \mathcal{P}_2^w(y_i|x_i) \in \mathbb{R}^{K}

\mathcal{L}_{KL}^i = \frac{1}{2}\left(\mathcal{D}_{KL}(\mathcal{P}_1^w(y_i|x_i) || \mathcal{P}_2^w(y_i|x_i)) + \mathcal{D}_{KL}(\mathcal{P}_2^w(y_i|x_i) || \mathcal{P}_1^w(y_i|x_i))\right)
