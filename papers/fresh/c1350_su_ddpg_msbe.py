from h import *
rng=np.random.default_rng(1350); B=6; q=rng.normal(size=B); qt=rng.normal(size=B); r=rng.normal(size=B); d=(rng.random(B)<.3).astype(float); g=0.99
run('c1350_su_ddpg_msbe', {r'Q_{\phi}(s,a)':q, r"Q_{\phi_{\text{targ}}}(s', \mu_{\theta_{\text{targ}}}(s'))":qt, 'r':r, 'd':d, r'\gamma':g}, np.array(((q-(r+g*(1-d)*qt))**2).mean()), fn='L')
