% WaveNet, van den Oord et al. (2016), Sec. 2.2: mu-law companding of the audio samples x_t, -1 < x_t < 1, of a
% sequence of T samples, mu = 255
x \in \mathbb{R}^{T}, \mu \in \mathbb{R}

f(x_t) = \operatorname{sign}(x_t) \frac{\ln(1 + \mu |x_t|)}{\ln(1 + \mu)}
