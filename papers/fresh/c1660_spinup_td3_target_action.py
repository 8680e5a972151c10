from h import *
rng=np.random.default_rng(1660); n=5; mu=rng.normal(size=n); eps=rng.normal(size=n)*0.5; lo=-np.ones(n)*0.8; hi=np.ones(n)*0.8; c=0.3
exp=torch.clamp(T(mu)+torch.clamp(T(eps),-c,c), T(lo), T(hi)).numpy()
run('c1660_spinup_td3_target_action', {r"\mu_{\theta_{\text{targ}}}(s')":mu, r'\epsilon':eps, 'a_{Low}':lo, 'a_{High}':hi, 'c':c}, exp, fn="a'")
