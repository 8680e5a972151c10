from h import *
rng=np.random.default_rng(1833); n=8; g=rng.normal(size=n); h=rng.uniform(0.1,1,size=n); IL=(rng.uniform(size=n)<0.5).astype(float); IR=1-IL
GL,HL,GR,HR=(g*IL).sum(),(h*IL).sum(),(g*IR).sum(),(h*IR).sum()
out=0.5*(GL**2/(HL+1)+GR**2/(HR+1)-(GL+GR)**2/(HL+HR+1))-0.5
run('c1833_xgb_gain', {'g':g,'h':h,'I_L':IL,'I_R':IR}, np.array(out), fn='score')
