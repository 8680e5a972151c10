from h import *
rng=np.random.default_rng(2037); m=5
kl=rng.normal(.2,.3,m); r=rng.normal(0,.8,m); lD,beta=1.0,0.5
z0=max(0,kl.mean()); v=lD*torch.sigmoid(T(beta*(r-z0))).numpy()
run('c2037_kto_zref', {r"\log \frac{\pi_\theta(y_{j'} | x_j)}{\pi_{\text{ref}}(y_{j'} | x_j)}":kl, r'r_\theta(x, y)':r, r'\lambda_D':lD, r'\beta':beta}, (lD-v).mean(), fn=r'\mathcal{L}_{\text{KTO}}')
