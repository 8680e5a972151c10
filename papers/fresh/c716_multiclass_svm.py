from h import *
rng=np.random.default_rng(716); C=5
s=rng.normal(size=C); y=2; D=1.0
run('c716_multiclass_svm', {'s':s,'y_i':y,r'\Delta':D}, sum(max(0,s[j]-s[y]+D) for j in range(C) if j!=y))
