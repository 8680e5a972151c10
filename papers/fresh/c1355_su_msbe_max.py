from h import *
rng=np.random.default_rng(1355); B,na=6,3; q=rng.normal(size=B); q1=rng.normal(size=(B,na)); r=rng.normal(size=B); d=(rng.random(B)<.3).astype(float); g=0.99
run('c1355_su_msbe_max', {r'Q_{\phi}(s,a)':q, r"Q_{\phi}(s',a')":q1, 'r':r, 'd':d, r'\gamma':g}, np.array(((q-(r+g*(1-d)*q1.max(1)))**2).mean()), fn='L')
