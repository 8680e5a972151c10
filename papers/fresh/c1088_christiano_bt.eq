% Deep RL from human preferences, Christiano et al. (2017), Eq. 1: the preference probability of segment
% 1 over segment 2 from the predicted rewards of their k steps (prose: r-hat given per step)
\hat{r}(o^1, a^1), \hat{r}(o^2, a^2) \in \mathbb{R}^{k}

\hat{P}[\sigma^1 \succ \sigma^2] = \frac{\exp \sum \hat{r}(o^1_t, a^1_t)}{\exp \sum \hat{r}(o^1_t, a^1_t) + \exp \sum \hat{r}(o^2_t, a^2_t)}
