% Cosine normalization, Luo et al. (2018), Eq. 3: the pre-activation of a neuron is the cosine between its
% weight vector and its input (both d-dimensional, prose)
\vec{w}, \vec{x} \in \mathbb{R}^{d}

net_{norm} = \cos\theta = \frac{\vec{w} \cdot \vec{x}}{|\vec{w}||\vec{x}|}
