from h import *
rng=np.random.default_rng(1351); B,m=5,3; mu=rng.normal(size=(B,m)); ep=rng.normal(size=(B,m))*.6; c,lo,hi=0.5,-1.0,1.0
run('c1351_su_td3_smoothing', {r"\mu_{\theta_{\text{targ}}}(s')":mu, r'\epsilon':ep, 'c':c, 'a_{Low}':lo, 'a_{High}':hi}, np.clip(mu+np.clip(ep,-c,c),lo,hi), fn="a'")
