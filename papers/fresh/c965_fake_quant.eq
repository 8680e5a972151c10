% Uniform fake quantisation with a straight-through estimator (Jacob et al., 2018; restated in QAT surveys, e.g.
% Nagel et al., 2021, Eq. 7): b-bit signed integer grid with scale s
w \in \mathbb{R}^{n}, s \in \mathbb{R}, b = 4

\hat{w} = s \cdot \mathrm{clamp}\left(\left\lfloor \frac{w}{s} \right\rceil, -2^{b-1}, 2^{b-1} - 1\right)
