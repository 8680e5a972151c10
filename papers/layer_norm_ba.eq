% Layer normalization, Ba, Kiros & Hinton (2016), Eq. 3: the statistics over the H hidden units of
% layer l, printed as one line (\sigma^l is the standard deviation, no epsilon)
\mathbf{a}^l \in \mathbb{R}^{H}

\mu^l = \frac{1}{H}\sum_{i=1}^{H} a_i^l \qquad \sigma^l = \sqrt{\frac{1}{H}\sum_{i=1}^{H}\left(a_i^l - \mu^l\right)^2}
