from h import *
rng=np.random.default_rng(1088); k=5; r1=rng.normal(size=k); r2=rng.normal(size=k)
out=np.exp(r1.sum())/(np.exp(r1.sum())+np.exp(r2.sum()))
run('c1088_christiano_bt', {'\\hat{r}(o^1, a^1)':r1, '\\hat{r}(o^2, a^2)':r2}, np.array(out))
