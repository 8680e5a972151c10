% Dumoulin & Visin (2016), Relationship 6: output size of a convolution with input size i, kernel k, padding p, stride s
i, k, p, s \in \mathbb{R}

o = \left\lfloor \frac{i + 2p - k}{s} \right\rfloor + 1
