% Ba, Kiros & Hinton (2016), Eq. 3: the statistics of layer l's summed inputs a^l over its H hidden units
a^l \in \mathbb{R}^{H}

\mu^l = \frac{1}{H}\sum_{i=1}^{H} a_i^l
\sigma^l = \sqrt{\frac{1}{H}\sum_{i=1}^{H}\left(a_i^l - \mu^l\right)^2}
