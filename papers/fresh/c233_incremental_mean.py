from h import *
run('c233_incremental_mean', {'Q_n':1.5,'R_n':4.0,'n':3}, np.array(1.5+(4.0-1.5)/3))
