% Song et al. (ICML 2023), Consistency Models, Eq. after (5) / Appendix C, pasted from the printing
\sigma_{data}, \epsilon, t \in \mathbb{R}

c_{skip}(t) = \frac{\sigma_{data}^2}{(t - \epsilon)^2 + \sigma_{data}^2}, \quad c_{out}(t) = \frac{\sigma_{data}(t - \epsilon)}{\sqrt{\sigma_{data}^2 + t^2}}
