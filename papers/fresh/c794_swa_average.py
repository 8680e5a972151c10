from h import *
rng=np.random.default_rng(794); d=5
ws=rng.normal(size=d); w=rng.normal(size=d)
run('c794_swa_average', {r'w_{\text{SWA}}':ws,'w':w,r'n_{\text{models}}':3}, (ws*3+w)/4)
