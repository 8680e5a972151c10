% Consistency Models, Song et al. (ICML 2023), Appendix C / Eq. 4 (from memory of the printing, as restated in the
% 2025 ECT/sCM follow-ups): the boundary-condition parameterisation, evaluated at a batch of times t; note the
% printed juxtaposition \sigma_{data}(t - \epsilon), a product
t \in \mathbb{R}^{B}, \sigma_{data}, \epsilon \in \mathbb{R}

c_{skip}(t) = \frac{\sigma_{data}^2}{(t - \epsilon)^2 + \sigma_{data}^2}
c_{out}(t) = \frac{\sigma_{data}(t - \epsilon)}{\sqrt{\sigma_{data}^2 + t^2}}
